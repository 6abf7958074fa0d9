// The parts of Graphviz's C API that NeuroPathGraphviz uses, with wrappers for what Swift cannot import
// (variadic functions, macros). Reading DOT with a deterministic id discipline is the CGraphvizDOT target.
#ifndef NEUROPATH_CGRAPHVIZ_SHIM_H
#define NEUROPATH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Installs `handler` as the process-wide receiver of Graphviz's error and warning text; returns the old one.
static inline agusererrf neuropath_set_error_handler(agusererrf handler) { return agseterrf(handler); }

/// The number of errors Graphviz has reported since the last reset.
static inline int neuropath_error_count(void) { return agerrors(); }

/// Resets Graphviz's sticky error count.
static inline void neuropath_reset_errors(void) { (void)agreseterrors(); }

#endif
