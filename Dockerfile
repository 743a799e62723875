# syntax=docker/dockerfile:1
# Benchwarden service image. Built from the repository root:  docker build -t benchwarden .
# docker-compose.yml builds it the same way.

# --- Build: the Maven wrapper packages the service jar and the modules it depends on --------------------------------
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY contract/ contract/
COPY db-migrations/ db-migrations/
COPY frontend-templates/ frontend-templates/
COPY backend/ backend/
# The service's end-to-end tests depend on the runner, so the reactor builds it too (gcc: its timing loop).
COPY runner-agent/ runner-agent/
# clean: a target/ directory copied from a work tree must never leak into the image.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl backend -am clean package -DskipTests \
    && cp -r backend/target/benchwarden /benchwarden

# --- Run: JRE only, as an unprivileged user -------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl serves the container health check (GET /actuator/health).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system benchwarden \
    && useradd --system --gid benchwarden --home-dir /var/lib/benchwarden --shell /usr/sbin/nologin benchwarden \
    && mkdir -p /var/lib/benchwarden \
    && chown benchwarden:benchwarden /var/lib/benchwarden
# The unpacked form the package phase writes (the application's jar and lib/ beside it): it starts in about 15 s
# where the single jar takes about 20 s (docs/PERFORMANCE.md, "Start-up").
COPY --from=build /benchwarden/ /opt/benchwarden/
# Without SPRING_DATASOURCE_URL the service runs its own PostgreSQL with its data under this directory; mount a
# volume here when using the image that way. docker-compose.yml uses a separate PostgreSQL instead.
ENV BENCHWARDEN_DATA_DIR=/var/lib/benchwarden \
    BENCHWARDEN_PORT=8080
VOLUME ["/var/lib/benchwarden"]
USER benchwarden
WORKDIR /var/lib/benchwarden
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${BENCHWARDEN_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/benchwarden/benchwarden.jar"]
