package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * A generated JSON codec under a coverage-guided fuzzer (Jazzer): {@link SpecimenJsonCodec}, for a
 * record with a component of every kind of RPC type (primitives, boxes, strings, enums, lists,
 * maps, optionals, nested records). Each input is JSON text, so the seed corpus in {@code
 * src/test/resources/.../JsonCodecFuzzTestInputs/<method>/} is readable.
 *
 * <p>The properties: any bytes decode to a value or fail with the codec's own errors ({@link
 * IOException} for bad JSON, {@link IllegalArgumentException} for a wrong shape); and a decoded
 * value encodes to JSON that decodes to an equal value and encodes to the same bytes.
 */
class JsonCodecFuzzTest {

  @FuzzTest
  @DictionaryFile(resourcePath = "messages.dict")
  void anyBytesDecodeToAValueThatMakesTheRoundTrip(byte[] json) throws IOException {
    Specimen value;
    try {
      value = Json.read(json, SpecimenJsonCodec.INSTANCE);
    } catch (IOException | IllegalArgumentException e) {
      assertNotNull(e.getMessage(), "an error without a message");
      return;
    }
    byte[] encoded = Json.bytes(out -> SpecimenJsonCodec.INSTANCE.write(out, value));
    Specimen decoded = Json.read(encoded, SpecimenJsonCodec.INSTANCE);
    assertEquals(value, decoded);
    assertArrayEquals(encoded, Json.bytes(out -> SpecimenJsonCodec.INSTANCE.write(out, decoded)));
  }
}
