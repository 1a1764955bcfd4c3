# syntax=docker/dockerfile:1
# The store as one image: the web server (the default command) and its one-off tasks
#   docker run --rm --env-file .env IMAGE node tasks/migrate.mjs         (also seed, create-admin, search-reindex)
# Built on Next's standalone output: only the files the server and the tasks need, no dev dependencies.

ARG NODE_VERSION=20-bookworm-slim

FROM node:${NODE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:${NODE_VERSION} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The security headers are fixed at build time (README, "Security and operations"): build with
# the values the server runs with.
ARG SITE_URL
ARG S3_PUBLIC_URL
ARG STRIPE_SECRET_KEY
ARG AUTH_GITHUB_ID
ARG AUTH_GOOGLE_ID
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build && npm run build:tasks

FROM node:${NODE_VERSION} AS runner
# The build stage's path: the server's saved config keeps a few absolute paths from the build.
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# DATA_DIR (media without S3, the embedded database without DATABASE_URL): a volume in production.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# On SIGTERM the server drains for SHUTDOWN_TIMEOUT_MS (10 s) plus up to 3 s to close: `docker stop -t 15`.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
