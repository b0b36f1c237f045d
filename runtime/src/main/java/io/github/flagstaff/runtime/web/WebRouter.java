package io.github.flagstaff.runtime.web;

/**
 * Routes requests to a {@code @WebApi} class's methods; the processor generates one per class, a
 * {@code switch} over path segments, without reflection or regular expressions.
 */
public interface WebRouter {

  /** The API's name, such as {@code osapi_compute}. */
  String api();

  /**
   * Answers {@code request}.
   *
   * @throws WebException.NotFound if no route has the path
   * @throws WebException.MethodNotAllowed if routes have the path, not with this method
   * @throws WebException for a parameter or body that cannot be decoded, or what the method threw
   * @throws Exception whatever else the method threw: answered 500
   */
  WebReply route(WebRequest request) throws Exception;
}
