package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.ServiceFlags;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The RPC wire format under a coverage-guided fuzzer (Jazzer): each input is the bytes of one
 * message as a transport delivers it, so the seed corpus in {@code
 * src/test/resources/.../MessagesFuzzTestInputs/<method>/} is JSON text.
 *
 * <p>The properties: any bytes decode as a request or a reply, or fail with the decoder's own
 * errors ({@link IOException} for bad JSON, {@link IllegalArgumentException} for a wrong shape),
 * and nothing else; a decoded request goes through the generated dispatcher to a method, or is
 * refused as {@link UnknownMethodException} or {@link BadArgumentsException}; its reply encodes and
 * decodes back; and a decoded request encodes back to the same request.
 */
class MessagesFuzzTest {
  private static Transport transport;
  private static RpcDispatcher dispatcher;

  @BeforeAll
  static void createManager() throws FlagException {
    FlagParser parser =
        FlagParser.of(
            FlagRegistry.of(
                CommonFlags.class, ServiceFlags.class, RpcFlags.class, NovaCalcMain.class));
    transport = Transports.open("memory://messages-fuzz", null);
    RpcClient rpc = new RpcClient(transport, Duration.ofSeconds(1));
    ServiceContext context =
        new ServiceContext("fuzz", "nova-calc", "calc", parser.parse().values(), rpc);
    dispatcher = new CalcManagerFactory().dispatcher(new CalcManager(context)).orElseThrow();
  }

  @AfterAll
  static void closeTransport() {
    transport.close();
  }

  /** Any bytes as a request: decoded and dispatched, or refused with the decoder's errors. */
  @FuzzTest
  @DictionaryFile(resourcePath = "messages.dict")
  void anyBytesAreARequestOrACleanRefusal(byte[] message) throws Exception {
    Messages.Request request;
    try {
      request = Messages.parseRequest(message);
    } catch (IOException | IllegalArgumentException e) {
      assertNotNull(e.getMessage(), "an error without a message");
      return;
    }
    assertSameRequest(request, Messages.parseRequest(reencode(request)));
    EncodedResult result;
    try {
      result = dispatcher.dispatch(request.method(), request.arguments(), request.context());
    } catch (UnknownMethodException | BadArgumentsException e) {
      assertNotNull(e.getMessage(), "an error without a message");
      return;
    } catch (Exception e) {
      assertRaisedByTheMethod(e);
      return;
    }
    Messages.Reply reply = Messages.parseReply(Messages.result("m1", result));
    assertEquals("m1", reply.msgId());
    assertNull(reply.failureType());
  }

  /** Any bytes as a reply: decoded, or refused with the decoder's errors. */
  @FuzzTest
  @DictionaryFile(resourcePath = "messages.dict")
  void anyBytesAreAReplyOrACleanRefusal(byte[] message) {
    String[] address = Messages.replyAddressOf(message);
    assertTrue(address == null || (address[0] != null && address[1] != null));
    try {
      Messages.Reply reply = Messages.parseReply(message);
      assertNotNull(reply.msgId());
      assertTrue(reply.result() != null || reply.failureType() != null);
    } catch (IOException | IllegalArgumentException e) {
      assertNotNull(e.getMessage(), "an error without a message");
    }
  }

  /** A decoded request written again with {@link Messages#request}, its arguments copied raw. */
  private static byte[] reencode(Messages.Request request) throws BadArgumentsException {
    Map<String, byte[]> raw = new LinkedHashMap<>();
    for (String name : request.arguments().names()) {
      raw.put(name, raw(request, name));
    }
    return Messages.request(
        request.method(),
        request.msgId(),
        request.replyTo(),
        request.context(),
        arguments -> {
          for (Map.Entry<String, byte[]> argument : raw.entrySet()) {
            arguments.put(argument.getKey(), RAW, argument.getValue());
          }
        });
  }

  private static void assertSameRequest(Messages.Request expected, Messages.Request actual)
      throws BadArgumentsException {
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.msgId(), actual.msgId());
    assertEquals(expected.replyTo(), actual.replyTo());
    assertEquals(expected.context(), actual.context());
    assertEquals(expected.arguments().names(), actual.arguments().names());
    for (String name : expected.arguments().names()) {
      assertArrayEquals(raw(expected, name), raw(actual, name), name);
    }
  }

  private static byte[] raw(Messages.Request request, String name) throws BadArgumentsException {
    return request.arguments().get(name, RAW);
  }

  /** Decoding got as far as the method, which threw: the server answers with its failure. */
  private static void assertRaisedByTheMethod(Exception e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(CalcManager.class.getName())) {
        return;
      }
    }
    fail("the dispatcher threw " + e + " before reaching the method", e);
  }

  /** Writes JSON bytes as they are. */
  private static final JsonCodec<byte[]> RAW =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, byte[] value) throws IOException {
          try (JsonParser in = Json.FACTORY.createParser(value)) {
            in.nextToken();
            out.copyCurrentStructure(in);
          }
        }

        @Override
        public byte[] read(JsonParser in) throws IOException {
          return Json.copyValue(in);
        }
      };
}
