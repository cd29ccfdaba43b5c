# The PowerAlgo application image the compose stack runs (app instances and the one-shot ledger
# bootstrap). Build the jar first: ./mvnw -q package -DskipTests && docker build -t poweralgo:local .
FROM eclipse-temurin:17-jre

RUN useradd --system --uid 10001 --home-dir /var/lib/poweralgo --create-home poweralgo
COPY query-api/target/poweralgo.jar /app/poweralgo.jar

USER poweralgo
ENV POWERALGO_DATA_DIR=/var/lib/poweralgo
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/poweralgo.jar"]
