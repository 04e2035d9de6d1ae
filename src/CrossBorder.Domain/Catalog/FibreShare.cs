using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>One fibre of a textile's composition and its share by weight, for example cotton 95 %.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FibreShare
{
    /// <summary>Creates a fibre share.</summary>
    /// <param name="fibre">The fibre name as the labelling rules list it (EU Regulation 1007/2011 Annex I, FTC generic names), for example "cotton".</param>
    /// <param name="percent">The share by weight in percent, greater than 0 and at most 100.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fibre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fibre"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public FibreShare(string fibre, decimal percent)
    {
        Fibre = Preconditions.CheckNotNullOrWhiteSpace(fibre, nameof(fibre));
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"percent was {Preconditions.Format(percent)}; a fibre's share must be greater than 0 and at most 100.");
        }

        Percent = percent;
    }

    /// <summary>The fibre name.</summary>
    public string Fibre { get; }

    /// <summary>The share by weight in percent.</summary>
    public decimal Percent { get; }

    /// <summary>"95% cotton".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Percent.ToString(CultureInfo.InvariantCulture) + "% " + Fibre;
}
