# The service image: the jar built by ./mvnw package, on a Java 17 runtime, run as an unprivileged user.
# Build: ./mvnw -B package -DskipTests && docker build -t realpolitik .
FROM eclipse-temurin:17-jre
RUN groupadd --system realpolitik && useradd --system --gid realpolitik --home-dir /app realpolitik \
    && mkdir -p /app/data && chown realpolitik:realpolitik /app/data
WORKDIR /app
COPY target/realpolitik.jar /app/realpolitik.jar
COPY seeds /app/seeds
USER realpolitik
EXPOSE 8080 7687
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/realpolitik.jar"]
CMD ["serve"]
