/** The Flagstaff runtime: the flags every program shares. Subpackages hold the domains. */
package io.github.flagstaff.runtime;
