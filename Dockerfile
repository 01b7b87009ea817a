# The service image: the jar built by ./mvnw package, on a Java 17 runtime.
# Build: ./mvnw -B package -DskipTests && docker build -t realpolitik .
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/realpolitik.jar /app/realpolitik.jar
COPY seeds /app/seeds
EXPOSE 8080 7687
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/realpolitik.jar"]
CMD ["serve"]
