using System;

namespace CrossBorder.Domain.Geography;

/// <summary>The customs, tax and trade unions a country belongs to, as a combination of flags.</summary>
/// <remarks>
/// The flags describe the country as a whole, under its own ISO 3166-1 code. Parts of a country that a union excludes but that
/// have no code of their own (the Canary Islands, Heligoland, Mount Athos…) are listed in <see cref="Country.VatExcludedTerritories"/>;
/// parts with their own code (Åland <c>AX</c>, Guadeloupe <c>GP</c>, Réunion <c>RE</c>…) carry their own flags.
/// Customs unions by separate agreement (EU–Türkiye, EU–Andorra, EU–San Marino) are not <see cref="EuCustomsUnion"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<Membership>))]
[Flags]
public enum Membership
{
    /// <summary>No membership recorded.</summary>
    None = 0,

    /// <summary>A Member State of the European Union.</summary>
    EuMember = 1,

    /// <summary>Inside the customs territory of the Union (Regulation (EU) No 952/2013, Article 4), including Monaco.</summary>
    EuCustomsUnion = 2,

    /// <summary>Inside the territory where the EU VAT Directive applies (Council Directive 2006/112/EC, Articles 5–7), including Monaco.</summary>
    EuVatArea = 4,

    /// <summary>A party to the European Economic Area Agreement (the EU Member States, Iceland, Liechtenstein and Norway).</summary>
    Eea = 8,

    /// <summary>A member of the Cooperation Council for the Arab States of the Gulf.</summary>
    Gcc = 16,
}
