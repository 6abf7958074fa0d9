// The parts of Graphviz's C API that NeuroPathGraphviz uses, with wrappers for what Swift cannot import
// (variadic functions, macros) and one addition: a deterministic id discipline for reading DOT.
#ifndef NEUROPATH_CGRAPHVIZ_SHIM_H
#define NEUROPATH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// Installs `handler` as the process-wide receiver of Graphviz's error and warning text; returns the old one.
static inline agusererrf neuropath_set_error_handler(agusererrf handler) { return agseterrf(handler); }

/// The number of errors Graphviz has reported since the last reset.
static inline int neuropath_error_count(void) { return agerrors(); }

/// Resets Graphviz's sticky error count.
static inline void neuropath_reset_errors(void) { (void)agreseterrors(); }

// cgraph's default id discipline makes a named object's id the address of its interned name, and keeps
// subgraphs ordered by id: cluster order, and so the output, then depends on the allocator. This discipline
// numbers named subgraphs in order of first appearance instead (even ids 2, 4, …), and keeps the default
// behaviour for nodes and edges, which cgraph orders by sequence number anyway.

typedef struct {
    Agraph_t *root;
    char **names;   // interned subgraph names; names[i] has id 2 * (i + 1)
    size_t count;
    size_t capacity;
} neuropath_id_state;

static void *neuropath_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    neuropath_id_state *state = calloc(1, sizeof(neuropath_id_state));
    if (state) state->root = g;
    return state;
}

static long neuropath_id_map(void *opaque, int objtype, char *str, IDTYPE *id, int createflag) {
    static IDTYPE anonymous = 1;
    neuropath_id_state *state = opaque;
    if (str == NULL) {
        *id = anonymous;
        anonymous += 2;
        return 1;
    }
    if (objtype != AGRAPH) {
        char *interned = createflag ? agstrdup(state->root, str) : agstrbind(state->root, str);
        *id = (IDTYPE)(uintptr_t)interned;
        return interned != NULL;
    }
    for (size_t i = 0; i < state->count; i++) {
        if (strcmp(state->names[i], str) == 0) {
            *id = (IDTYPE)(2 * (i + 1));
            return 1;
        }
    }
    if (!createflag) return 0;
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 16;
        char **grown = realloc(state->names, capacity * sizeof(char *));
        if (!grown) return 0;
        state->names = grown;
        state->capacity = capacity;
    }
    state->names[state->count] = agstrdup(state->root, str);
    state->count += 1;
    *id = (IDTYPE)(2 * state->count);
    return 1;
}

static long neuropath_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static void neuropath_id_free(void *opaque, int objtype, IDTYPE id) {
    neuropath_id_state *state = opaque;
    if (objtype != AGRAPH && id % 2 == 0) agstrfree(state->root, (char *)(uintptr_t)id);
}

static char *neuropath_id_print(void *opaque, int objtype, IDTYPE id) {
    neuropath_id_state *state = opaque;
    if (id % 2 != 0) return NULL;
    if (objtype != AGRAPH) return (char *)(uintptr_t)id;
    size_t index = (size_t)(id / 2) - 1;
    return index < state->count ? state->names[index] : NULL;
}

static void neuropath_id_close(void *opaque) {
    neuropath_id_state *state = opaque;
    if (!state) return;
    for (size_t i = 0; i < state->count; i++) agstrfree(state->root, state->names[i]);
    free(state->names);
    free(state);
}

static void neuropath_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

/// Reads one graph from DOT text with the deterministic id discipline; NULL on a syntax error.
static inline Agraph_t *neuropath_read_dot(const char *text) {
    static Agiddisc_t ids = {
        neuropath_id_open, neuropath_id_map, neuropath_id_alloc, neuropath_id_free,
        neuropath_id_print, neuropath_id_close, neuropath_id_register,
    };
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &ids;
    disc.io = &AgIoDisc;
    FILE *stream = fmemopen((void *)text, strlen(text), "r");
    if (!stream) return NULL;
    Agraph_t *graph = agread(stream, &disc);
    fclose(stream);
    return graph;
}

#endif
