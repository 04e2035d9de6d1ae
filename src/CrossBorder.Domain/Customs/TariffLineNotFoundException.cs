using System;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>Thrown when a tariff schedule has no line for a code: the duty is unknown, which is never the same as zero.</summary>
public sealed class TariffLineNotFoundException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="hsCode">The code looked up.</param>
    /// <param name="territory">The customs territory.</param>
    /// <param name="date">The date.</param>
    /// <param name="paramName">The argument that held the code.</param>
    public TariffLineNotFoundException(HsCode hsCode, CountryCode territory, LocalDate date, string paramName)
        : base($"The tariff schedule has no line for HS code {hsCode} in customs territory {territory} on {IsoDate.Format(date)}. Add the line to your schedule (TariffSchedule accepts your own records) — the library never assumes zero duty.", paramName)
    {
        HsCode = hsCode;
        Territory = territory;
        Date = date;
    }

    /// <summary>The code looked up.</summary>
    public HsCode HsCode { get; }

    /// <summary>The customs territory.</summary>
    public CountryCode Territory { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }
}
