#!/usr/bin/env bash
# Restores (TorchSharp-cpu, about 600 MB into ~/.nuget, once), builds, makes libtorch's glue loadable on Debian 12
# (its libLibTorchSharp.so needs GLIBCXX_3.4.32 for one function, std::ios_base_library_init; the system has 3.4.30:
# the need is marked weak and ios_shim.so supplies the function), then runs the tool with the given arguments.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/bin/Release/net10.0"
dotnet build "$here/CoachBot.EncoderTuning.csproj" -c Release -nologo -v q
python3 "$here/patch_verneed.py" "$out/runtimes/linux-x64/native/libLibTorchSharp.so" > /dev/null
if [ ! -f "$out/ios_shim.so" ] || [ "$here/ios_shim.cpp" -nt "$out/ios_shim.so" ]; then
  g++ -shared -fPIC -O2 -o "$out/ios_shim.so" "$here/ios_shim.cpp"
fi
cd "$here/../.."
LD_PRELOAD="$out/ios_shim.so" exec dotnet "$out/CoachBot.EncoderTuning.dll" "$@"
