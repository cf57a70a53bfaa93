# Sourced by the scripts that compare a rolecall command with a .NET hello world (compare-credentials.sh,
# compare-vault.sh, load/console/run.sh): one definition of the baseline, so every "Nx a hello world" figure is
# measured against the same program, published the same way (ReadyToRun, framework-dependent).
#
# publish_hello_world DIR   writes the project under DIR and publishes it to DIR/out/hello
publish_hello_world() {
  local dir=$1
  mkdir -p "$dir" && cat > "$dir/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><PublishReadyToRun>true</PublishReadyToRun>
  <RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>false</SelfContained><InvariantGlobalization>true</InvariantGlobalization>
  <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
</Project>
XML
  echo 'System.Console.WriteLine("hello");' > "$dir/Program.cs"
  (cd "$dir" && dotnet publish -c Release -o "$dir/out" -v quiet -nologo >/dev/null)
}
