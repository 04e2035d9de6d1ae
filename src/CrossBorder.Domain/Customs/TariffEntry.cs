using System.Collections.Generic;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>What a tariff schedule says about one HS code, destination territory, origin and date: the MFN line, any preferential rate and the additional duties by origin.</summary>
public sealed record TariffEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="hsCode">The code looked up.</param>
    /// <param name="origin">The country of origin.</param>
    /// <param name="date">The date of importation.</param>
    /// <param name="line">The matching MFN line.</param>
    /// <param name="preferential">A preferential rate for the origin, or null.</param>
    /// <param name="additionalDuties">Additional duties for the origin (may be empty).</param>
    public TariffEntry(HsCode hsCode, CountryCode origin, LocalDate date, TariffLine line, PreferentialRate? preferential, IReadOnlyList<AdditionalDuty> additionalDuties)
    {
        HsCode = hsCode;
        Origin = origin;
        Date = date;
        Line = Preconditions.CheckNotNull(line, nameof(line));
        Preferential = preferential;
        AdditionalDuties = Preconditions.CheckNotNull(additionalDuties, nameof(additionalDuties));
    }

    /// <summary>The code looked up.</summary>
    public HsCode HsCode { get; }

    /// <summary>The country of origin.</summary>
    public CountryCode Origin { get; }

    /// <summary>The date of importation.</summary>
    public LocalDate Date { get; }

    /// <summary>The matching MFN (third-country) line.</summary>
    public TariffLine Line { get; }

    /// <summary>A preferential rate for the origin, or null.</summary>
    public PreferentialRate? Preferential { get; }

    /// <summary>Additional duties for the origin, in force on the date.</summary>
    public IReadOnlyList<AdditionalDuty> AdditionalDuties { get; }
}
