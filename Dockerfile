# syntax=docker/dockerfile:1
# One image for every role (APP_ROLE=all|web|worker). Build: `docker build -t mentor-me .`

# ── build: install everything (TypeScript is a dev dependency), compile, then drop dev dependencies ──────────
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ── runtime: compiled JS, production node_modules and the migrations `npm start` applies on start ───────────
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Files stay owned by root and are only readable by the `node` user: the app never rewrites its own code.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# src/db/migrate.ts looks for migrations/meta/_journal.json walking up from dist/src/db, i.e. /app/migrations.
COPY migrations ./migrations
USER node
EXPOSE 3000
# Every role (web, worker, Socket Mode) serves GET /healthz on PORT: 200 when Postgres and Redis answer.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]
