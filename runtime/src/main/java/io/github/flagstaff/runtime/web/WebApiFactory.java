package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.util.List;

/**
 * Creates one {@code @WebApi} class, its constructor given what it asks for, and its router; the
 * processor generates one per class, without reflection.
 */
public interface WebApiFactory {

  /** The API's name, such as {@code osapi_compute}: the prefix of its flags. */
  String api();

  /** The flag set interfaces the class's constructor takes. */
  List<Class<?>> flagSets();

  /** A new instance of the class behind a router. */
  WebRouter create(FlagValues values, ServiceContext context);
}
