using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A duty charged on top of the ordinary rate for goods of one origin: US Section 301 duties on Chinese goods, IEEPA duties,
/// anti-dumping and countervailing duties, safeguards. Stackable; each carries its legal reference.
/// </summary>
public sealed record AdditionalDuty : IEffectiveDated<AdditionalDuty>
{
    /// <summary>Creates an additional duty.</summary>
    /// <param name="territory">The customs territory levying it.</param>
    /// <param name="hsPrefix">2 to 10 digits.</param>
    /// <param name="origin">The country of origin it applies to.</param>
    /// <param name="name">A short name ("Section 301 List 4A").</param>
    /// <param name="legalReference">The legal instrument (Federal Register notice, regulation, heading such as 9903.88.15).</param>
    /// <param name="rate">The additional rate, charged on the same customs value.</param>
    /// <param name="period">The days it is in force.</param>
    /// <param name="source">Where it comes from.</param>
    public AdditionalDuty(CountryCode territory, string hsPrefix, CountryCode origin, string name, string legalReference, DutyRate rate, EffectivePeriod period, Source source)
    {
        Territory = territory;
        HsPrefix = TariffKeys.CheckPrefix(hsPrefix, nameof(hsPrefix));
        Origin = origin;
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        LegalReference = Preconditions.CheckNotNullOrWhiteSpace(legalReference, nameof(legalReference));
        Rate = Preconditions.CheckNotNull(rate, nameof(rate));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The customs territory.</summary>
    public CountryCode Territory { get; }

    /// <summary>The code prefix.</summary>
    public string HsPrefix { get; }

    /// <summary>The origin it applies to.</summary>
    public CountryCode Origin { get; }

    /// <summary>The short name.</summary>
    public string Name { get; }

    /// <summary>The legal instrument.</summary>
    public string LegalReference { get; }

    /// <summary>The additional rate.</summary>
    public DutyRate Rate { get; }

    /// <summary>The days it is in force.</summary>
    public EffectivePeriod Period { get; init; }

    /// <summary>Where it comes from.</summary>
    public Source Source { get; }

    /// <summary>A copy in force for <paramref name="period"/>.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public AdditionalDuty WithPeriod(EffectivePeriod period) => this with { Period = period };
}
