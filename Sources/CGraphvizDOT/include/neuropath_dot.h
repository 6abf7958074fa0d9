// Reading DOT text with a deterministic id discipline, for NeuroPathGraphviz. Kept in a C target of its own (not
// in the CGraphviz shim header) so that it is compiled once, holds no mutable static state, and has tests.
#ifndef NEUROPATH_DOT_H
#define NEUROPATH_DOT_H

#include <graphviz/cgraph.h>

/// Reads one graph from NUL-terminated DOT text with the deterministic id discipline; NULL on a syntax error.
/// Close it with agclose. Named subgraphs get ids 2, 4, … in order of first appearance, so cluster order (and
/// so the rendered output) never depends on the allocator; nodes and edges keep cgraph's default ids.
Agraph_t *neuropath_read_dot(const char *text);

/// The name a subgraph id of the discipline stands for in `graph`, or NULL: for tests of the discipline.
const char *neuropath_subgraph_name(Agraph_t *graph, IDTYPE id);

#endif
