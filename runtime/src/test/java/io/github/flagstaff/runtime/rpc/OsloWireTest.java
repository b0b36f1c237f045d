package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The message format against what oslo.messaging 14.0's rabbit driver writes and reads. */
class OsloWireTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A call as oslo's client writes it, in the 2.0 envelope, with nulls in the context. */
  private static final String OSLO_CALL =
      "{\"oslo.version\": \"2.0\", \"oslo.message\": \"{\\\"method\\\": \\\"hello\\\","
          + " \\\"args\\\": {\\\"name\\\": \\\"bob\\\"}, \\\"version\\\": \\\"1.2\\\","
          + " \\\"_msg_id\\\": \\\"abc\\\", \\\"_reply_q\\\": \\\"reply_123\\\", \\\"_timeout\\\":"
          + " 4, \\\"_unique_id\\\": \\\"u1\\\", \\\"_context_user\\\": null,"
          + " \\\"_context_project_id\\\": \\\"p\\\", \\\"_context_auth_token\\\": \\\"tok\\\","
          + " \\\"_context_roles\\\": [\\\"admin\\\"], \\\"_context_extra\\\": {\\\"a\\\": 1}}\"}";

  @Test
  void idsAreThirtyTwoHexDigitsAsOslosUuidHex() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = Messages.uniqueId();
      assertTrue(id.matches("[0-9a-f]{32}"), id);
      ids.add(id);
    }
    assertEquals(1_000, ids.size());
  }

  @Test
  void anOsloCallDecodesWithItsWholeContextAndNullsAccepted() throws Exception {
    Messages.Request request = Messages.parseRequest(bytes(OSLO_CALL));
    assertEquals("hello", request.method());
    assertEquals("abc", request.msgId());
    assertEquals("reply_123", request.replyTo());
    assertEquals("1.2", request.version());
    assertEquals(4, request.monitorTimeout());
    assertEquals("u1", request.uniqueId());
    RequestContext context = request.context();
    assertEquals("", context.user());
    assertEquals("p", context.project());
    assertEquals(List.of("admin"), context.roles());
    assertEquals("tok", context.authToken().orElseThrow());
    assertEquals("{\"a\":1}", context.rawValues().get("extra"));
    assertEquals("null", context.rawValues().get("user"));
    assertFalse(context.toString().contains("\"tok\""), context.toString());
  }

  @Test
  void anOnwardRequestCarriesTheContextWhole() throws Exception {
    RequestContext context = Messages.parseRequest(bytes(OSLO_CALL)).context();
    byte[] onward = Messages.request("next", null, null, context, arguments -> {});
    Messages.Request request = Messages.parseRequest(onward);
    assertEquals(context, request.context());
    assertNull(request.msgId());
    assertEquals("1.0", request.version());
    String text = new String(onward, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"oslo.version\":\"2.0\",\"oslo.message\":"), text);
    assertTrue(text.contains("_context_extra"), text);
  }

  @Test
  void anEnvelopeOfAnotherVersionIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Messages.parseRequest(
                    bytes("{\"oslo.version\": \"3.0\", \"oslo.message\": \"{}\"}")));
    assertEquals("unsupported message envelope version 3.0 (this side speaks 2.0)", e.getMessage());
  }

  @Test
  void aBareMessageIsAccepted() throws Exception {
    Messages.Request request =
        Messages.parseRequest(bytes("{\"method\": \"m\", \"args\": {}, \"_context_user\": null}"));
    assertEquals("m", request.method());
    assertEquals("", request.context().user());
  }

  @Test
  void failuresAreSerializedAsOsloDoesAndReadBack() throws Exception {
    byte[] reply = Messages.failure("m1", Failure.noSuchMethod("nope"));
    Messages.Reply decoded = Messages.parseReply(reply);
    assertEquals("NoSuchMethod", decoded.failureType());
    assertEquals("oslo_messaging.rpc.dispatcher", decoded.failureModule());
    assertEquals("Endpoint does not support RPC method nope", decoded.failureMessage());
    assertTrue(decoded.ending());
    assertEquals(
        "{\"class\":\"UnsupportedVersion\",\"module\":\"oslo_messaging.rpc.dispatcher\","
            + "\"message\":\"Endpoint does not support RPC version 2.0. Attempted method: m\","
            + "\"tb\":[],\"args\":[\"Endpoint does not support RPC version 2.0. Attempted method:"
            + " m\"],\"kwargs\":{}}",
        Failure.unsupportedVersion("2.0", "m").serialize());
  }

  @Test
  void aHeartbeatIsNotTheAnswer() throws Exception {
    assertTrue(Messages.parseReply(Messages.heartbeat("m1")).heartbeat());
    assertFalse(Messages.parseReply(Messages.result("m1", EncodedResult.VOID)).heartbeat());
  }

  @Test
  void duplicatesAreDroppedWithinTheWindow() {
    RecentIds ids = new RecentIds();
    assertTrue(ids.add("a"));
    assertFalse(ids.add("a"));
    for (int i = 0; i < RecentIds.SIZE; i++) {
      assertTrue(ids.add("id" + i));
    }
    assertTrue(ids.add("a"));
  }

  @Test
  void versionsCompareAsOslosDo() {
    assertTrue(Versions.compatible("1.3", "1.0"));
    assertTrue(Versions.compatible("1.3", "1.3"));
    assertFalse(Versions.compatible("1.3", "1.4"));
    assertFalse(Versions.compatible("1.3", "2.0"));
    assertFalse(Versions.compatible("2.0", "1.0"));
    assertFalse(Versions.compatible("1.3", "1.3.1"));
    assertFalse(Versions.valid("1"));
    assertFalse(Versions.valid("1.x"));
    assertTrue(Versions.canSend(null, "1.5"));
    assertTrue(Versions.canSend("1.2", "1.2"));
    assertFalse(Versions.canSend("1.2", "1.3"));
    assertFalse(Versions.canSend("2.0", "1.0"));
    assertFalse(Versions.canSend(null, "one"));
  }
}
