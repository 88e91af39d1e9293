// The parts of an OpenAPI 3.1 document the reference page reads.
export type JsonSchema = Record<string, unknown>;

export type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
};

export type MediaType = { schema?: JsonSchema; example?: unknown };

export type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { description?: string; content?: Record<string, MediaType> };
  responses: Record<
    string,
    { $ref?: string; description?: string; content?: Record<string, MediaType> }
  >;
};

export type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
