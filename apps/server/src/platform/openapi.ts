import { z } from 'zod';
import { ALL_ROUTES, ZApiError, type RouteContract } from '@papi/contracts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

function operationOf(route: RouteContract) {
  const error = {
    description: 'Lỗi',
    content: { 'application/json': { schema: toSchema(ZApiError, 'output') } },
  };
  return {
    tags: [route.tag],
    summary: route.summary,
    operationId: `${route.method}${route.path.replace(/[/:]+(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    ...(route.auth === false ? { security: [] } : {}),
    parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
    ...(route.upload
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { [route.upload.field]: { type: 'string', format: 'binary' } },
                  required: [route.upload.field],
                },
              },
            },
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(route.status ?? 200)]: {
        description: route.produces ? 'Tệp tải về' : 'Thành công',
        content: route.produces
          ? { [route.produces]: { schema: { type: 'string', format: 'binary' } } }
          : { 'application/json': { schema: toSchema(route.response, 'output') } },
      },
      '400': error,
      ...(route.auth === false ? {} : { '401': error, '403': error }),
      '404': error,
      '409': error,
      ...(route.maxBodyBytes ? { '413': error } : {}),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same contracts the server validates with. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ALL_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PAPI Hub API',
      version,
      description:
        'API của PAPI Hub. Xác thực bằng cookie phiên (đăng nhập tại POST /api/auth/login); ' +
        'mọi yêu cầu thay đổi gửi kèm header X-CSRF-Token lấy từ GET /api/auth/me.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'papi_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
