import Foundation

/// The OpenAPI 3.0 description of the API, served at `/api/openapi.json`. A test requests every route and checks
/// each answer against the schema named here (required keys and their JSON types).
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.0.3",
          "info": {
            "title": "NeuroPath",
            "version": "0.3.0",
            "description": "Signed, evidence-carrying causal paths in neurotransmitter signalling graphs. Parameters are the command line's long options in snake_case; repeatable ones are repeated. For teaching and research; not medical advice."
          },
          "paths": {
            "/api/graphs": {"get": {"summary": "The graphs served", "responses": {"200": {"description": "graphs", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/GraphSummary"}}}}}}}},
            "/api/graphs/{graph}/nodes": {"get": {"summary": "Every node: id, label, kind, synonyms", "parameters": [{"$ref": "#/components/parameters/graph"}, {"name": "kind", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"$ref": "#/components/responses/NodeCatalog"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/trace": {"get": {"summary": "Every simple path from one node to another, counted, best first", "parameters": [{"$ref": "#/components/parameters/graph"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/max_depth"}, {"name": "sign", "in": "query", "schema": {"type": "string", "enum": ["increases", "decreases"]}}, {"$ref": "#/components/parameters/via"}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/context"}, {"name": "limit", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/max_paths"}, {"$ref": "#/components/parameters/timeout"}], "responses": {"200": {"$ref": "#/components/responses/Paths"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/effect": {"get": {"summary": "The net effect of one node on another", "parameters": [{"$ref": "#/components/parameters/graph"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/max_depth"}, {"name": "paths", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/context"}, {"$ref": "#/components/parameters/max_paths"}, {"$ref": "#/components/parameters/timeout"}], "responses": {"200": {"description": "effect", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Effect"}}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/shortest": {"get": {"summary": "The k best paths by evidence or hops", "parameters": [{"$ref": "#/components/parameters/graph"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"name": "k", "in": "query", "schema": {"type": "integer"}}, {"name": "weight", "in": "query", "schema": {"type": "string", "enum": ["evidence", "hops"]}}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/context"}], "responses": {"200": {"$ref": "#/components/responses/Paths"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/perturb": {"get": {"summary": "Activate or block nodes, knock others out, and see what changes and what is lost", "parameters": [{"$ref": "#/components/parameters/graph"}, {"name": "activate", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true}, {"name": "block", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/max_depth"}, {"$ref": "#/components/parameters/context"}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/max_paths"}, {"$ref": "#/components/parameters/timeout"}], "responses": {"200": {"description": "perturbation", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Perturbation"}}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/explain": {"get": {"summary": "A path in plain language (from, to) or a node (node)", "parameters": [{"$ref": "#/components/parameters/graph"}, {"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}}, {"name": "node", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/max_depth"}, {"$ref": "#/components/parameters/via"}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/context"}, {"name": "paths", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}}, {"$ref": "#/components/parameters/max_paths"}, {"$ref": "#/components/parameters/timeout"}], "responses": {"200": {"description": "explanation", "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/Explanation"}, {"$ref": "#/components/schemas/NodeExplanation"}]}}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/quiz": {"get": {"summary": "Questions generated and answered by the engine", "parameters": [{"$ref": "#/components/parameters/graph"}, {"name": "count", "in": "query", "schema": {"type": "integer"}}, {"name": "seed", "in": "query", "schema": {"type": "integer"}}, {"name": "about", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "quiz", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Quiz"}}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/graphs/{graph}/diagram.svg": {"get": {"summary": "The diagram, with paths highlighted or a perturbation drawn", "parameters": [{"$ref": "#/components/parameters/graph"}, {"name": "highlight_from", "in": "query", "schema": {"type": "string"}}, {"name": "highlight_to", "in": "query", "schema": {"type": "string"}}, {"name": "highlight_via", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true}, {"name": "perturb", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true}, {"name": "focus", "in": "query", "schema": {"type": "string"}}, {"name": "depth", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/max_depth"}, {"$ref": "#/components/parameters/avoid"}, {"$ref": "#/components/parameters/knockout"}, {"$ref": "#/components/parameters/min_evidence"}, {"$ref": "#/components/parameters/context"}, {"name": "highlight_limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20}}, {"name": "highlight_only", "in": "query", "schema": {"type": "boolean"}}, {"name": "direction", "in": "query", "schema": {"type": "string", "enum": ["LR", "TB"]}}, {"$ref": "#/components/parameters/max_paths"}, {"$ref": "#/components/parameters/timeout"}], "responses": {"200": {"description": "SVG", "content": {"image/svg+xml": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}}
          },
          "components": {
            "parameters": {
              "graph": {"name": "graph", "in": "path", "required": true, "schema": {"type": "string"}},
              "from": {"name": "from", "in": "query", "required": true, "schema": {"type": "string"}},
              "to": {"name": "to", "in": "query", "required": true, "schema": {"type": "string"}},
              "max_depth": {"name": "max_depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 64}},
              "via": {"name": "via", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
              "avoid": {"name": "avoid", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
              "knockout": {"name": "knockout", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
              "min_evidence": {"name": "min_evidence", "in": "query", "schema": {"type": "string", "enum": ["established", "supported", "hypothesised", "contested"]}},
              "context": {"name": "context", "in": "query", "schema": {"type": "string"}},
              "max_paths": {"name": "max_paths", "in": "query", "schema": {"type": "integer", "minimum": 1}},
              "timeout": {"name": "timeout", "in": "query", "schema": {"type": "number", "exclusiveMinimum": 0}}
            },
            "responses": {
              "Error": {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "Paths": {"description": "paths", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Paths"}}}},
              "NodeCatalog": {"description": "nodes", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NodeCatalog"}}}}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message", "suggestions"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}}}}},
              "GraphSummary": {"type": "object", "required": ["name", "title", "nodes", "interactions"], "properties": {"name": {"type": "string"}, "title": {"type": "string", "nullable": true}, "nodes": {"type": "integer"}, "interactions": {"type": "integer"}}},
              "NodeCatalog": {"type": "object", "required": ["graph", "nodes"], "properties": {"graph": {"type": "string", "nullable": true}, "nodes": {"type": "array", "items": {"type": "object", "required": ["id", "label", "kind", "synonyms"], "properties": {"id": {"type": "string"}, "label": {"type": "string"}, "kind": {"type": "string"}, "synonyms": {"type": "array", "items": {"type": "string"}}}}}}},
              "Path": {"type": "object", "required": ["nodes", "sign", "length", "confidence", "steps"], "properties": {"nodes": {"type": "array", "items": {"type": "string"}}, "sign": {"type": "string"}, "length": {"type": "integer"}, "confidence": {"type": "number"}, "steps": {"type": "array", "items": {"type": "object", "required": ["source", "target", "relation", "sign", "evidence", "references", "timescale", "species", "necessary"], "properties": {"source": {"type": "string"}, "target": {"type": "string"}, "relation": {"type": "string"}, "sign": {"type": "string"}, "evidence": {"type": "string", "nullable": true}, "references": {"type": "array", "items": {"type": "string"}}, "timescale": {"type": "string", "nullable": true}, "species": {"type": "array", "items": {"type": "string"}}, "necessary": {"type": "boolean"}}}}}},
              "Paths": {"type": "object", "required": ["from", "to", "paths", "total", "truncated"], "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "paths": {"type": "array", "items": {"$ref": "#/components/schemas/Path"}}, "total": {"type": "integer", "nullable": true}, "truncated": {"type": "boolean"}}},
              "Effect": {"type": "object", "required": ["from", "to", "effect", "paths", "truncated"], "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "effect": {"type": "string", "enum": ["increases", "decreases", "mixed", "none", "unknown"]}, "paths": {"type": "array", "items": {"$ref": "#/components/schemas/Path"}}, "truncated": {"type": "boolean"}}},
              "Perturbation": {"type": "object", "required": ["perturbations", "knockouts", "effects", "silenced", "lost", "changed", "truncated"], "properties": {"perturbations": {"type": "array", "items": {"type": "object"}}, "knockouts": {"type": "array", "items": {"type": "string"}}, "effects": {"type": "array", "items": {"type": "object"}}, "silenced": {"type": "array", "items": {"type": "string"}}, "lost": {"type": "array", "items": {"type": "object"}}, "changed": {"type": "array", "items": {"type": "object"}}, "truncated": {"type": "boolean"}}},
              "Explanation": {"type": "object", "required": ["from", "to", "explanations", "total", "truncated"], "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "explanations": {"type": "array", "items": {"type": "object", "required": ["path", "steps", "summary", "timeline", "caveats"]}}, "total": {"type": "integer", "nullable": true}, "truncated": {"type": "boolean"}}},
              "NodeExplanation": {"type": "object", "required": ["node", "overview", "driven_by", "drives"], "properties": {"node": {"type": "string"}, "overview": {"type": "string"}, "driven_by": {"type": "array", "items": {"type": "object"}}, "drives": {"type": "array", "items": {"type": "object"}}}},
              "Quiz": {"type": "object", "required": ["seed", "questions"], "properties": {"seed": {"type": "integer"}, "questions": {"type": "array", "items": {"type": "object", "required": ["kind", "prompt", "choices", "answer", "explanation", "references", "nodes"], "properties": {"kind": {"type": "string", "enum": ["sign", "experiment", "evidence", "time-order"]}, "prompt": {"type": "string"}, "choices": {"type": "array", "items": {"type": "string"}}, "answer": {"type": "integer"}, "explanation": {"type": "string"}, "references": {"type": "array", "items": {"type": "string"}}, "nodes": {"type": "array", "items": {"type": "string"}}}}}}}
            }
          }
        }
        """#

    /// The query parameters each route under `/api/graphs/{graph}/` takes, by the route's last segment
    /// (`trace`, `diagram.svg`), read from ``json``: the server refuses any other, so the document and the
    /// server cannot disagree about what a request may say.
    static let queryParameters: [String: Set<String>] = {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let paths = document["paths"] as? [String: Any],
            let components = document["components"] as? [String: Any],
            let shared = components["parameters"] as? [String: [String: Any]]
        else { return [:] }
        let prefix = "/api/graphs/{graph}/"
        var result: [String: Set<String>] = [:]
        for (path, item) in paths where path.hasPrefix(prefix) {
            let get = (item as? [String: Any])?["get"] as? [String: Any]
            let parameters = (get?["parameters"] as? [[String: Any]] ?? []).compactMap { parameter in
                (parameter["$ref"] as? String).flatMap { shared[String($0.split(separator: "/").last ?? "")] }
                    ?? parameter
            }
            result[String(path.dropFirst(prefix.count))] = Set(
                parameters.filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String })
        }
        return result
    }()
}
