/** Annotations declaring web APIs: {@link io.github.flagstaff.web.WebApi} and its routes. */
package io.github.flagstaff.web;
