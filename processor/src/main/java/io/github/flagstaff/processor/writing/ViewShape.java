package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.NameAllocator;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How a flag set's typed view is written, and the names of its members, which the view and the
 * module's index agree on: a record of the flags' values when it can be one, else a class reading
 * one array (for flag sets too large for a record's constructor, or with flags whose names a record
 * component cannot take).
 *
 * @param record whether the view is a record
 * @param data the flag set's data, in pieces
 * @param dataFields the constants holding the pieces, in order
 * @param typeField the constant holding the interface's class, for an index that cannot name it;
 *     null when the index can
 * @param factory the static method making a view from the flags' values; null for a record the
 *     index constructs itself, as it can when it can name the interface and there are no enums
 * @param enumConstants the static method giving an enum's constants by number; null without enums
 */
record ViewShape(
    boolean record,
    List<String> data,
    List<String> dataFields,
    String typeField,
    String factory,
    String enumConstants) {

  /** Flag sets of up to this many flags can be records (well below 255 constructor slots). */
  static final int RECORD_LIMIT = 100;

  /** Names javac forbids for record components. */
  private static final Set<String> NOT_COMPONENTS =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  static ViewShape of(FlagSetModel set) {
    String data = FlagDataText.of(set.name(), set.flags(), set.enums());
    List<String> pieces = FlagDataText.pieces(data);
    boolean record =
        set.flags().size() <= RECORD_LIMIT
            && pieces.size() == 1
            && set.flags().stream().map(FlagModel::methodName).noneMatch(NOT_COMPONENTS::contains);
    NameAllocator names = new NameAllocator();
    for (FlagModel flag : set.flags()) {
      names.newName(flag.methodName(), flag);
    }
    List<String> dataFields =
        pieces.size() == 1
            ? List.of(names.newName("FLAGS"))
            : IntStream.range(0, pieces.size()).mapToObj(i -> names.newName("FLAGS_" + i)).toList();
    String typeField = set.accessible() ? null : names.newName("TYPE");
    String factory =
        record && set.accessible() && set.enums().isEmpty() ? null : names.newName("of");
    String enumConstants = set.enums().isEmpty() ? null : names.newName("enumConstants");
    return new ViewShape(record, pieces, dataFields, typeField, factory, enumConstants);
  }
}
