namespace CrossBorder.Domain.Geography;

/// <summary>How a payment method moves the money.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<PaymentMethodKind>))]
public enum PaymentMethodKind
{
    /// <summary>Credit and debit cards.</summary>
    Card = 1,

    /// <summary>Digital wallets (PayPal, MB WAY…).</summary>
    Wallet = 2,

    /// <summary>Online bank payments redirecting to the buyer's bank (iDEAL, Bancontact, EPS, Przelewy24, BLIK…).</summary>
    BankRedirect = 3,

    /// <summary>Real-time account-to-account payments run by a central bank or national scheme (Pix, Swish).</summary>
    RealTimePayment = 4,

    /// <summary>Buy now, pay later and pay-by-invoice (Klarna, Pay Upon Invoice).</summary>
    BuyNowPayLater = 5,

    /// <summary>Cash vouchers paid at a shop, bank or ATM (Boleto, Konbini, OXXO, Multibanco).</summary>
    CashVoucher = 6,

    /// <summary>Cash paid to the courier on delivery.</summary>
    CashOnDelivery = 7,
}
