/** The listing benchmark: {@code files().listAll} of a large folder and of a deep tree against a plain OkHttp loop. */
package io.github.pikpak4j.benchmarks.listing;
