namespace CrossBorder.Domain.Monetary;

/// <summary>
/// How an amount is rounded where the real world rounds it (an invoice line, a customs declaration, a fee).
/// The names follow Java's <c>RoundingMode</c>, which Moneta users know; <see cref="System.MidpointRounding"/> maps onto them.
/// </summary>
/// <remarks>
/// Rounding is a business decision: accountants round half to even so that errors do not accumulate,
/// many tax authorities and marketplaces round half away from zero, and some fees are always rounded up.
/// The library never rounds on its own; it rounds where a rule says so, with the mode the rule names.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<RoundingMode>))]
public enum RoundingMode
{
    /// <summary>Round to the nearest value; a midpoint goes to the even neighbour (banker's rounding). 2.345 → 2.34, 2.355 → 2.36.</summary>
    HalfToEven = 0,

    /// <summary>Round to the nearest value; a midpoint goes away from zero (commercial rounding). 2.345 → 2.35, −2.345 → −2.35.</summary>
    HalfAwayFromZero = 1,

    /// <summary>Round to the nearest value; a midpoint goes toward zero. 2.345 → 2.34.</summary>
    HalfTowardZero = 2,

    /// <summary>Always away from zero (any remainder rounds up in magnitude). 2.341 → 2.35, −2.341 → −2.35.</summary>
    Up = 3,

    /// <summary>Always toward zero (truncation). 2.349 → 2.34, −2.349 → −2.34.</summary>
    Down = 4,

    /// <summary>Always toward positive infinity. 2.341 → 2.35, −2.349 → −2.34.</summary>
    Ceiling = 5,

    /// <summary>Always toward negative infinity. 2.349 → 2.34, −2.341 → −2.35.</summary>
    Floor = 6,
}
