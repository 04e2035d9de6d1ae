#!/usr/bin/env bash
# Packs CrossBorder.Domain into a local folder and builds two consumer projects against the package (not the project):
# a net10.0 console app that runs, and a net472 app that must compile against the netstandard2.0 build.
set -euo pipefail
cd "$(dirname "$0")/.."
version="0.0.0-ci.$(date -u +%Y%m%d%H%M%S)"
feed="$PWD/artifacts/packages"
rm -rf "$feed" artifacts/consumers
mkdir -p "$feed"
dotnet pack src/CrossBorder.Domain/CrossBorder.Domain.csproj -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
cfg="$PWD/artifacts/consumers/nuget.config"
mkdir -p "$(dirname "$cfg")"
cat > "$cfg" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-build" value="$feed" />
  </packageSources>
</configuration>
XML
for project in tests/Consumers/NetConsumer/NetConsumer.csproj tests/Consumers/NetFxConsumer/NetFxConsumer.csproj; do
  name=$(basename "$project" .csproj)
  # The local feed is added to the machine's own sources (which supply NodaTime and the other dependencies).
  dotnet restore "$project" --configfile "$cfg" --source "$feed" $(dotnet nuget list source --format short | awk '/^E /{print "--source " $2}') \
    -p:CrossBorderDomainVersion="$version" --packages "$PWD/artifacts/consumers/packages" --nologo -v quiet
  dotnet build "$project" -c Release --no-restore -p:CrossBorderDomainVersion="$version" -o "artifacts/consumers/$name" --nologo -v quiet
done
dotnet "artifacts/consumers/NetConsumer/NetConsumer.dll"
echo "net472 consumer: compiled against $(unzip -l "$feed"/CrossBorder.Domain."$version".nupkg | grep -o 'lib/netstandard2.0/CrossBorder.Domain.dll')"
