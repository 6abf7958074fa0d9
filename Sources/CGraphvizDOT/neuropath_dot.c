// cgraph's default id discipline makes a named object's id the address of its interned name, and keeps
// subgraphs ordered by id: cluster order, and so the output, then depends on the allocator. This discipline
// numbers named subgraphs in order of first appearance instead (even ids 2, 4, …), keeps the default behaviour
// for named nodes and edges (cgraph orders them by sequence number anyway), and numbers anonymous objects with
// odd ids 1, 3, … per graph. All its state lives in the graph's discipline state: nothing is shared between
// graphs or threads.
#include "neuropath_dot.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    Agraph_t *root;
    char **names;     // interned subgraph names; names[i] has id 2 * (i + 1)
    size_t count;
    size_t capacity;
    IDTYPE anonymous; // the next odd id for an anonymous object
} id_state;

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    id_state *state = calloc(1, sizeof(id_state));
    if (state) {
        state->root = g;
        state->anonymous = 1;
    }
    return state;
}

static long id_map(void *opaque, int objtype, char *str, IDTYPE *id, int createflag) {
    id_state *state = opaque;
    if (str == NULL) {
        *id = state->anonymous;
        state->anonymous += 2;
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
    char *interned = agstrdup(state->root, str);
    if (!interned) return 0;
    state->names[state->count] = interned;
    state->count += 1;
    *id = (IDTYPE)(2 * state->count);
    return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state;
    (void)objtype;
    (void)request;
    return 0;
}

static void id_free(void *opaque, int objtype, IDTYPE id) {
    id_state *state = opaque;
    if (objtype != AGRAPH && id % 2 == 0) agstrfree(state->root, (char *)(uintptr_t)id);
}

static char *id_print(void *opaque, int objtype, IDTYPE id) {
    id_state *state = opaque;
    if (id % 2 != 0) return NULL;
    if (objtype != AGRAPH) return (char *)(uintptr_t)id;
    size_t index = (size_t)(id / 2) - 1;
    return index < state->count ? state->names[index] : NULL;
}

static void id_close(void *opaque) {
    id_state *state = opaque;
    if (!state) return;
    for (size_t i = 0; i < state->count; i++) agstrfree(state->root, state->names[i]);
    free(state->names);
    free(state);
}

static void id_register(void *state, int objtype, void *obj) {
    (void)state;
    (void)objtype;
    (void)obj;
}

// Read-only after static initialisation: cgraph takes the discipline by pointer but never writes to it.
static Agiddisc_t ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

Agraph_t *neuropath_read_dot(const char *text) {
    Agdisc_t disc = {&AgMemDisc, &ids, &AgIoDisc};
    FILE *stream = fmemopen((void *)text, strlen(text), "r");
    if (!stream) return NULL;
    Agraph_t *graph = agread(stream, &disc);
    fclose(stream);
    return graph;
}

const char *neuropath_subgraph_name(Agraph_t *graph, IDTYPE id) {
    return id_print(graph->clos->state.id, AGRAPH, id);
}
