package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentListTest {

  private static String written(ArgumentList list) {
    return Json.text(
        out -> {
          out.writeStartObject();
          list.write(new Arguments(out));
          out.writeEndObject();
        });
  }

  @Test
  void argumentsAreWrittenInTheOrderTheyWerePut() {
    ArgumentList list =
        ArgumentList.NONE
            .put("item", Codecs.STRING, "disk")
            .put("times", Codecs.INT, 3)
            .put("tags", Codecs.listOf(Codecs.STRING), List.of("a", "b"));

    assertEquals("{\"item\":\"disk\",\"times\":3,\"tags\":[\"a\",\"b\"]}", written(list));
  }

  @Test
  void noneWritesNothingAndAListCanBeWrittenAgainUnchangedByLongerOnes() {
    ArgumentList one = ArgumentList.NONE.put("a", Codecs.INT, 1);
    one.put("b", Codecs.INT, 2);

    assertEquals("{}", written(ArgumentList.NONE));
    assertEquals("{\"a\":1}", written(one));
    assertEquals("{\"a\":1}", written(one));
  }
}
