import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { HealthReport } from './health';
import type { Metrics } from './metrics';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** `/healthz` (200 when Postgres and Redis answer, 503 naming the one that does not) and `/metrics`. */
export function buildOpsRoutes(health: () => Promise<HealthReport>, metrics: Metrics): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        void health().then(
          (report) => json(res, report.postgres === 'ok' && report.redis === 'ok' ? 200 : 503, report),
          () => json(res, 503, { postgres: 'down', redis: 'down' }),
        );
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        void metrics.registry.metrics().then((text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        });
      },
    },
  ];
}
