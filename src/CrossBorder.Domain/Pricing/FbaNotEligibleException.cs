using System;

namespace CrossBorder.Domain.Pricing;

/// <summary>A packed unit meets no FBA size tier of the marketplace (or the marketplace has none on the date).</summary>
public sealed class FbaNotEligibleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was asked and why no tier fits.</param>
    /// <param name="paramName">The argument at fault.</param>
    public FbaNotEligibleException(string message, string paramName)
        : base(message, paramName)
    {
    }
}
