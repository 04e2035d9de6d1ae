using System;

namespace CrossBorder.Domain.Geography;

/// <summary>A country code is well formed but names no country (or market) the library or the user's data knows.</summary>
public sealed class UnknownCountryException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The code that was not found.</param>
    /// <param name="paramName">The argument that carried it.</param>
    /// <param name="what">What was looked up, for the message, for example <c>"country"</c> or <c>"market with tax data"</c>.</param>
    public UnknownCountryException(string? code, string? paramName, string what = "country")
        : base(
            $"'{code}' is not a {what} the reference data knows. Use an ISO 3166-1 alpha-2 code such as DE, GB, US, JP or AU; the country table lists every code, and users can add their own records.",
            paramName)
    {
        Code = code;
    }

    /// <summary>The code that was not found.</summary>
    public string? Code { get; }
}
