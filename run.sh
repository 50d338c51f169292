#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL, RabbitMQ, maildev, every service, the gateway and the dashboard.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec dotnet run --project tests/LegacyLauncher -- "$@"
