using System.Xml.Linq;
using CrossBorder.Domain.Tests.Serialization;

namespace CrossBorder.Domain.Tests.Packaging;

/// <summary>
/// The package metadata every shipped project shares lives in one file, src/Directory.Build.props (packing itself runs in CI through
/// scripts/consumer-smoke.sh); this checks that file and that no project overrides the single version.
/// </summary>
public sealed class PackageMetadataTests
{
    private static readonly string Src = Path.Combine(JsonSchemas.RepositoryRoot(), "src");

    [Fact]
    public void Every_package_gets_icon_license_readme_symbols_source_link_and_validation_from_one_file()
    {
        XDocument props = XDocument.Load(Path.Combine(Src, "Directory.Build.props"));
        string Property(string name) => props.Descendants(name).Single().Value;
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+$", Property("VersionPrefix"));
        Assert.Equal("MIT", Property("PackageLicenseExpression"));
        Assert.Equal("icon.png", Property("PackageIcon"));
        Assert.Equal("README.md", Property("PackageReadmeFile"));
        Assert.Equal("snupkg", Property("SymbolPackageFormat"));
        Assert.Equal("true", Property("IncludeSymbols"));
        Assert.Equal("true", Property("PublishRepositoryUrl"));
        Assert.Equal("true", Property("EnablePackageValidation"));
        Assert.True(File.Exists(Path.Combine(Src, "Shared", "icon.png")));
        Assert.Contains(props.Descendants("Import"), i => i.Attribute("Project")!.Value.Contains("Directory.Build.props", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CrossBorder.Domain")]
    [InlineData("CrossBorder.Domain.Csv")]
    [InlineData("CrossBorder.Domain.Arrow")]
    public void No_project_sets_its_own_version(string project)
    {
        XDocument csproj = XDocument.Load(Path.Combine(Src, project, project + ".csproj"));
        Assert.Empty(csproj.Descendants("Version"));
        Assert.Empty(csproj.Descendants("VersionPrefix"));
        Assert.Equal(project, csproj.Descendants("PackageId").Single().Value);
    }
}
