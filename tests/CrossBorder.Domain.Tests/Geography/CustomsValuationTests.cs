using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// Valuation basis and import VAT base: Directive 2006/112/EC Articles 85–86 (EU), GST Act 1999 s 13.20 (AU), Japan Customs 1111 (JP),
/// value for duty plus duty (CA), no import VAT (US).
/// </summary>
public class CustomsValuationTests
{
    private static readonly LocalDate Day = new(2025, 12, 1);

    [Theory]
    [InlineData("DE", ValuationBasis.Cif, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.OtherTaxes | ImportVatBase.TransportToDestination)]
    [InlineData("FR", ValuationBasis.Cif, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.OtherTaxes | ImportVatBase.TransportToDestination)]
    [InlineData("GB", ValuationBasis.Cif, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.OtherTaxes | ImportVatBase.TransportToDestination)]
    [InlineData("JP", ValuationBasis.Cif, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.OtherTaxes)]
    [InlineData("AU", ValuationBasis.Fob, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.InternationalTransportAndInsurance | ImportVatBase.OtherTaxes)]
    [InlineData("CA", ValuationBasis.Fob, ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.OtherTaxes)]
    [InlineData("US", ValuationBasis.Fob, ImportVatBase.None)]
    public void Basis_and_import_vat_base_per_market(string country, ValuationBasis basis, ImportVatBase vatBase)
    {
        MarketView view = Markets.Default.For(country).On(Day);
        Assert.Equal(basis, view.ValuationBasis);
        Assert.Equal(vatBase, view.ImportVatBase);
    }

    [Fact]
    public void New_zealand_basis_is_recorded_but_its_gst_base_is_not_invented()
    {
        CustomsValuationRule nz = Markets.Default.GetCustomsValuation("NZ", Day);
        Assert.Equal(ValuationBasis.Fob, nz.Basis);
        Assert.Null(nz.ImportVatBase);
    }

    [Fact]
    public void Eu_rule_is_found_for_monaco_and_aland_through_the_customs_union()
    {
        Assert.Equal(Markets.EuropeanUnion, Markets.Default.GetCustomsValuation("MC", Day).Country);
        Assert.Equal(Markets.EuropeanUnion, Markets.Default.GetCustomsValuation("AX", Day).Country);
        Assert.False(Markets.Default.TryGetCustomsValuation("CN", Day, out _));
    }
}
