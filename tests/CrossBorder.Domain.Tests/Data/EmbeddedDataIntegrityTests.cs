using System.Text.Json;
using CrossBorder.Domain.Data;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Domain.Tests.Data;

/// <summary>
/// Walks every embedded table (every later capability adds its own) and checks what all reference data must satisfy.
/// Loading already rejects unsourced records, unparseable periods and overlaps per declared key; this test adds the rest.
/// </summary>
public class EmbeddedDataIntegrityTests
{
    public static IEnumerable<object[]> Tables => EmbeddedData.Names().Select(n => new object[] { n });

    /// <summary>The dataset version (<c>yyyy.MM.dd</c>) as a date: no source may have been read after it.</summary>
    private static LocalDate DatasetDate => LocalDatePattern.CreateWithInvariantCulture("uuuu'.'MM'.'dd").Parse(ReferenceData.Version).Value;

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_embedded_table_loads_and_is_sourced(string name)
    {
        ReferenceDocument doc = EmbeddedData.Load(name);
        Assert.Equal(name, doc.Table);
        Assert.Equal(ReferenceData.Version, doc.Version);
        Assert.False(string.IsNullOrWhiteSpace(doc.Description));
        Assert.NotEmpty(doc.Records);
        Assert.NotEmpty(doc.Sources);
        foreach (JsonElement record in doc.Records)
        {
            string sourceId = record.GetProperty("source").GetString()!;
            Source source = Assert.IsType<Source>(doc.ResolveSource(sourceId));
            Assert.True(source.Address.StartsWith("https://", StringComparison.Ordinal) || source.Address.StartsWith("http://", StringComparison.Ordinal), $"{name}: source {sourceId} has no web address");
            Assert.True(source.Retrieved <= DatasetDate, $"{name}: source {sourceId} retrieved {LocalDatePattern.Iso.Format(source.Retrieved)}, after the dataset version {ReferenceData.Version}: bump ReferenceData.Version (and every table's version) instead of backdating the source");
        }

        // Every source defined is used by some record, so that the list of sources in the docs is honest.
        var used = doc.Records.Select(r => r.GetProperty("source").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(doc.Sources.Keys, id => Assert.Contains(id, used));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Effective_dated_tables_have_no_overlaps_or_gaps_per_key(string name)
    {
        ReferenceDocument doc = EmbeddedData.Load(name);
        var byKey = doc.Records.Where(r => r.TryGetProperty("validFrom", out _)).GroupBy(doc.KeyOf);
        foreach (var group in byKey)
        {
            var periods = group
                .Select(r => new EffectivePeriod(
                    LocalDatePattern.Iso.Parse(r.GetProperty("validFrom").GetString()!).Value,
                    r.TryGetProperty("validTo", out JsonElement to) && to.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(to.GetString()!).Value : null))
                .OrderBy(p => p.ValidFrom)
                .ToArray();
            for (int i = 1; i < periods.Length; i++)
            {
                Assert.False(periods[i - 1].Overlaps(periods[i]), $"{name} key {group.Key}: {periods[i - 1]} overlaps {periods[i]}");
                if (doc.Continuous)
                {
                    Assert.True(periods[i - 1].IsFollowedBy(periods[i]), $"{name} key {group.Key}: gap between {periods[i - 1]} and {periods[i]}");
                }
            }
        }
    }

    [Fact]
    public void The_dataset_version_is_a_date_and_the_latest_source_was_read_on_it()
    {
        // The version is the day the data was last checked against its sources: some source carries that date, none a later one.
        Assert.Equal(new LocalDate(2026, 11, 26), DatasetDate);
        LocalDate latest = EmbeddedData.Names()
            .SelectMany(n => EmbeddedData.Load(n).Sources.Values)
            .Max(s => s.Retrieved);
        Assert.Equal(DatasetDate, latest);
    }

    [Fact]
    public void The_dataset_lists_every_table_with_its_version()
    {
        Assert.Contains(ReferenceData.Tables, t => t.Name == "currencies" && t.RecordCount == 179);
        Assert.All(ReferenceData.Tables, t => Assert.Equal(ReferenceData.Version, t.Version));
        Assert.All(ReferenceData.Tables, t => Assert.NotEmpty(t.Sources));
        Assert.Equal(EmbeddedData.Names().Count, ReferenceData.Tables.Count);
    }
}
