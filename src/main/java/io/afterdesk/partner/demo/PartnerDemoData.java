package io.afterdesk.partner.demo;

import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import org.springframework.stereotype.Component;

/**
 * Demo customers: companies with contacts (one with an invoice address, one with a delivery
 * address) and individuals; {@code customer@example.com} / {@code customer} signs in to the portal.
 */
@Component
class PartnerDemoData implements DemoDataLoader {

  static final String PORTAL_EMAIL = "customer@example.com";
  static final String PORTAL_PASSWORD = "customer";

  private final CustomerManagement management;
  private final Customers customers;

  PartnerDemoData(CustomerManagement management, Customers customers) {
    this.management = management;
    this.customers = customers;
  }

  @Override
  public int getOrder() {
    return 110;
  }

  @Override
  public void load() {
    CustomerDetails saigon =
        company(
            "Saigon Bikes Co.",
            "contact@saigonbikes.vn",
            "+84 28 3822 1100",
            "12 Nguyen Hue",
            "700000",
            "Ho Chi Minh City");
    CustomerDetails linh =
        contact(saigon, "Nguyen Thi Linh", PORTAL_EMAIL, "+84 90 123 4567", AddressType.CONTACT);
    contact(
        saigon,
        "Tran Van Minh",
        "minh.tran@saigonbikes.vn",
        "+84 90 765 4321",
        AddressType.CONTACT);
    management.create(
        CustomerInput.contactOf(
                saigon.id(),
                "Saigon Bikes Warehouse",
                "warehouse@saigonbikes.vn",
                "+84 28 3822 1199")
            .withAddressType(AddressType.DELIVERY)
            .withAddress("45 Tan Thuan Dong", "700000", "Ho Chi Minh City", "Vietnam"));

    CustomerDetails hanoi =
        company(
            "Hanoi Electronics JSC",
            "info@hanoi-electronics.vn",
            "+84 24 3936 2000",
            "88 Tran Hung Dao",
            "100000",
            "Hanoi");
    contact(
        hanoi,
        "Le Quang Huy",
        "huy.le@hanoi-electronics.vn",
        "+84 91 222 3344",
        AddressType.CONTACT);
    management.create(
        CustomerInput.contactOf(
                hanoi.id(),
                "Hanoi Electronics Accounting",
                "accounting@hanoi-electronics.vn",
                "+84 24 3936 2010")
            .withAddressType(AddressType.INVOICE)
            .withAddress("5 Ly Thuong Kiet", "100000", "Hanoi", "Vietnam"));

    CustomerDetails blueOcean =
        company(
            "Blue Ocean Trading",
            "sales@blueocean.example",
            "+84 236 355 0000",
            "21 Bach Dang",
            "550000",
            "Da Nang");
    contact(
        blueOcean,
        "Pham Thu Ha",
        "ha.pham@blueocean.example",
        "+84 93 555 6677",
        AddressType.CONTACT);

    CustomerDetails mekong =
        company(
            "Mekong Office Supplies",
            "hello@mekong-office.example",
            "+84 292 381 0000",
            "3 Hoa Binh",
            "900000",
            "Can Tho");
    contact(
        mekong,
        "Vo Thanh Tam",
        "tam.vo@mekong-office.example",
        "+84 94 111 2233",
        AddressType.CONTACT);

    individual("Do Minh Chau", "chau.do@example.com", "+84 97 888 9900", "Hue");
    individual("Bui Anh Tuan", "tuan.bui@example.com", "+84 98 333 4455", "Hai Phong");
    individual("Sarah Johnson", "sarah.johnson@example.com", "+1 415 555 0134", "San Francisco");

    customers.grantPortalAccess(linh.id(), PORTAL_PASSWORD);
  }

  private CustomerDetails company(
      String name, String email, String phone, String street, String zip, String city) {
    return management.create(
        CustomerInput.company(name, email, phone).withAddress(street, zip, city, "Vietnam"));
  }

  private CustomerDetails contact(
      CustomerDetails company, String name, String email, String phone, AddressType type) {
    return management.create(
        CustomerInput.contactOf(company.id(), name, email, phone).withAddressType(type));
  }

  private void individual(String name, String email, String phone, String city) {
    management.create(
        CustomerInput.individual(name, email, phone)
            .withAddress(null, null, city, city.equals("San Francisco") ? "USA" : "Vietnam"));
  }
}
