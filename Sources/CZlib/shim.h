// zlib for reading gzip-compressed network files and compressing the server's answers; inflateInit2 and
// deflateInit2 are macros, so they are wrapped here.
#ifndef NEUROPATH_CZLIB_SHIM_H
#define NEUROPATH_CZLIB_SHIM_H

#include <zlib.h>

/// Starts inflating gzip data (the 16 + MAX_WBITS window selects the gzip wrapper).
static inline int neuropath_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}

/// Starts deflating to gzip data at `level` (1 fastest to 9 smallest), with zlib's default memory and strategy.
static inline int neuropath_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
