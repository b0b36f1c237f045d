package test.net;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Writes and reads {@link Lease} as JSON, without reflection.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class LeaseJsonCodec implements JsonCodec<Lease> {
  /**
   * The codec.
   */
  public static final LeaseJsonCodec INSTANCE = new LeaseJsonCodec();

  private static final JsonCodec<Optional<String>> OPTIONAL_STRING = Codecs.optionalOf(Codecs.STRING);

  private static final JsonCodec<List<Lease.Kind>> LIST_OF_KIND = Codecs.listOf(Codecs.enumOf(Lease.Kind.values()));

  private LeaseJsonCodec() {
  }

  @Override
  public void write(JsonGenerator out, Lease value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    out.writeFieldName("address");
    Codecs.STRING.write(out, value.address());
    out.writeFieldName("vlan_id");
    Codecs.INT.write(out, value.vlanId());
    out.writeFieldName("note");
    OPTIONAL_STRING.write(out, value.note());
    out.writeFieldName("kinds");
    LIST_OF_KIND.write(out, value.kinds());
    out.writeEndObject();
  }

  @Override
  public Lease read(JsonParser in) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw Codecs.mismatch("Lease", in);
    }
    String address = null;
    Integer vlanId = null;
    Optional<String> note = null;
    List<Lease.Kind> kinds = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      in.nextToken();
      switch (field) {
        case "address" -> address = Codecs.STRING.read(in);
        case "vlan_id" -> vlanId = Codecs.INT.read(in);
        case "note" -> note = OPTIONAL_STRING.read(in);
        case "kinds" -> kinds = LIST_OF_KIND.read(in);
        default -> in.skipChildren();
      }
    }
    if (vlanId == null) {
      throw new IllegalArgumentException("missing field 'vlan_id' of Lease");
    }
    if (note == null) {
      note = Optional.empty();
    }
    return new Lease(address, vlanId, note, kinds);
  }
}
