// zlib for reading gzip-compressed network files; inflateInit2 is a macro, so it is wrapped here.
#ifndef NEUROPATH_CZLIB_SHIM_H
#define NEUROPATH_CZLIB_SHIM_H

#include <zlib.h>

/// Starts inflating gzip data (the 16 + MAX_WBITS window selects the gzip wrapper).
static inline int neuropath_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}

#endif
