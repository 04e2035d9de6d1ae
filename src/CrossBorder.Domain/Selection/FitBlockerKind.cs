namespace CrossBorder.Domain.Selection;

/// <summary>Why a product cannot be launched in a market, whatever its score.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FitBlockerKind>))]
public enum FitBlockerKind
{
    /// <summary>A sale restriction of the compliance rules applies (the product may not be sold there).</summary>
    Prohibited = 0,

    /// <summary>A missing certification takes longer (user-supplied lead time) than the days left before the launch date.</summary>
    CannotCertifyInTime = 1,

    /// <summary>Every shipping service refuses the product.</summary>
    CannotShip = 2,

    /// <summary>The intended price loses money after every fee (see <see cref="FitScales.LossIsBlocker"/>).</summary>
    LossMaking = 3,

    /// <summary>A blocker the user supplied (brand gating, a supplier's exclusivity, a policy).</summary>
    UserSupplied = 4,
}
