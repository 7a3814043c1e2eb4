# syntax=docker/dockerfile:1
# Images for the NestJS HTTP API and the Temporal worker, built from one multi-stage file:
#   docker build --target api -t wuhua-jc-api .
#   docker build --target worker -t wuhua-jc-worker .
# docker-compose.yml builds both. Runtime images hold only production node_modules and the compiled dist/.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Toolchain for native modules (better-sqlite3) in case no prebuilt binary matches the platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
# The web console, served by the API from apps/web/dist.
RUN npm run web:build
# Prebuilt workflow bundle: the worker loads it (WORKFLOW_BUNDLE_PATH) instead of running webpack at start.
RUN node -r ./scripts/register-paths.js dist/scripts/build-workflow-bundle.js dist/workflow-bundle.js
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
# Files stay root-owned (read-only for the app); scripts/register-paths.js reads tsconfig.json's path aliases.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/scripts/register-paths.js ./scripts/register-paths.js
USER node

FROM runtime AS api
EXPOSE 3000
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]

FROM runtime AS worker
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/worker/src/main.js"]
