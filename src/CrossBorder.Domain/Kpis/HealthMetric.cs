namespace CrossBorder.Domain.Kpis;

/// <summary>An account-health metric a marketplace measures sellers by.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<HealthMetric>))]
public enum HealthMetric
{
    /// <summary>Orders with a defect (negative feedback, an A-to-z Guarantee claim not denied, a chargeback) / orders, by order date.</summary>
    OrderDefectRate = 0,

    /// <summary>Seller-fulfilled shipments confirmed after the expected ship date (or still unconfirmed past it) / shipments due, by expected ship date.</summary>
    LateShipmentRate = 1,

    /// <summary>Seller-fulfilled orders the seller cancelled before shipment / seller-fulfilled orders, by order date.</summary>
    PreFulfilmentCancelRate = 2,

    /// <summary>Seller-fulfilled shipments with valid tracking / shipments confirmed, by ship date.</summary>
    ValidTrackingRate = 3,

    /// <summary>Tracked shipments delivered by the promised date / tracked shipments due, by promised delivery date.</summary>
    OnTimeDeliveryRate = 4,
}
