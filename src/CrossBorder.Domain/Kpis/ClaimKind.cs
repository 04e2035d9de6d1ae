namespace CrossBorder.Domain.Kpis;

/// <summary>The kind of a buyer claim against an order.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>An Amazon A-to-z Guarantee claim (or another marketplace's buyer-protection claim).</summary>
    AToZGuarantee = 0,

    /// <summary>A credit-card (service) chargeback.</summary>
    Chargeback = 1,
}
