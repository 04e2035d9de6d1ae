using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A chemical of concern the seller declares the product contains (for example a phthalate in a PVC part), with its CAS number
/// and concentration when known. Declared substances trigger the chemical advisories (REACH, California Proposition 65).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeclaredSubstance
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="name">The substance name, for example "DEHP".</param>
    /// <param name="casNumber">The CAS registry number (digits-digits-digit, for example "117-81-7"), or null when unknown.</param>
    /// <param name="percentByWeight">The concentration in the article in percent by weight, in (0, 100], or null when unknown.</param>
    /// <exception cref="ArgumentException">The name is empty or the CAS number is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is outside (0, 100].</exception>
    public DeclaredSubstance(string name, string? casNumber = null, decimal? percentByWeight = null)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        if (casNumber is not null)
        {
            Preconditions.CheckArgument(IsCasNumber(casNumber), nameof(casNumber), $"CAS number {Preconditions.Quote(casNumber)} is not valid: write 2–7 digits, a hyphen, 2 digits, a hyphen and a check digit, such as 117-81-7.");
        }

        if (percentByWeight is { } p && (p <= 0m || p > 100m))
        {
            throw new ArgumentOutOfRangeException(nameof(percentByWeight), p, $"percentByWeight was {Preconditions.Format(p)}; it must be greater than 0 and at most 100.");
        }

        CasNumber = casNumber;
        PercentByWeight = percentByWeight;
    }

    /// <summary>The substance name.</summary>
    public string Name { get; }

    /// <summary>The CAS registry number, when known.</summary>
    public string? CasNumber { get; }

    /// <summary>The concentration in percent by weight, when known.</summary>
    public decimal? PercentByWeight { get; }

    /// <summary>"DEHP (CAS 117-81-7) 0.5%".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        Name + (CasNumber is null ? string.Empty : " (CAS " + CasNumber + ")") + (PercentByWeight is { } p ? " " + p.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty);

    private static bool IsCasNumber(string text)
    {
        string[] parts = text.Split('-');
        if (parts.Length != 3 || parts[0].Length < 2 || parts[0].Length > 7 || parts[1].Length != 2 || parts[2].Length != 1)
        {
            return false;
        }

        int sum = 0;
        int weight = 1;
        string digits = parts[0] + parts[1];
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            char c = digits[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            sum += (c - '0') * weight++;
        }

        char check = parts[2][0];
        return check >= '0' && check <= '9' && sum % 10 == check - '0';
    }
}
