package dev.salescloud.model.sales;

/**
 * The standard values of the {@code Industry} picklist of Lead and Account. Orgs may rename them
 * or add others, so the fields are plain strings; these constants spare typos.
 */
public final class Industry {
  /** Agriculture. */
  public static final String AGRICULTURE = "Agriculture";
  /** Apparel. */
  public static final String APPAREL = "Apparel";
  /** Banking. */
  public static final String BANKING = "Banking";
  /** Biotechnology. */
  public static final String BIOTECHNOLOGY = "Biotechnology";
  /** Chemicals. */
  public static final String CHEMICALS = "Chemicals";
  /** Communications. */
  public static final String COMMUNICATIONS = "Communications";
  /** Construction. */
  public static final String CONSTRUCTION = "Construction";
  /** Consulting. */
  public static final String CONSULTING = "Consulting";
  /** Education. */
  public static final String EDUCATION = "Education";
  /** Electronics. */
  public static final String ELECTRONICS = "Electronics";
  /** Energy. */
  public static final String ENERGY = "Energy";
  /** Engineering. */
  public static final String ENGINEERING = "Engineering";
  /** Entertainment. */
  public static final String ENTERTAINMENT = "Entertainment";
  /** Environmental. */
  public static final String ENVIRONMENTAL = "Environmental";
  /** Finance. */
  public static final String FINANCE = "Finance";
  /** Food and beverage. */
  public static final String FOOD_AND_BEVERAGE = "Food & Beverage";
  /** Government. */
  public static final String GOVERNMENT = "Government";
  /** Healthcare. */
  public static final String HEALTHCARE = "Healthcare";
  /** Hospitality. */
  public static final String HOSPITALITY = "Hospitality";
  /** Insurance. */
  public static final String INSURANCE = "Insurance";
  /** Machinery. */
  public static final String MACHINERY = "Machinery";
  /** Manufacturing. */
  public static final String MANUFACTURING = "Manufacturing";
  /** Media. */
  public static final String MEDIA = "Media";
  /** Not for profit. */
  public static final String NOT_FOR_PROFIT = "Not For Profit";
  /** Recreation. */
  public static final String RECREATION = "Recreation";
  /** Retail. */
  public static final String RETAIL = "Retail";
  /** Shipping. */
  public static final String SHIPPING = "Shipping";
  /** Technology. */
  public static final String TECHNOLOGY = "Technology";
  /** Telecommunications. */
  public static final String TELECOMMUNICATIONS = "Telecommunications";
  /** Transportation. */
  public static final String TRANSPORTATION = "Transportation";
  /** Utilities. */
  public static final String UTILITIES = "Utilities";
  /** Other. */
  public static final String OTHER = "Other";

  private Industry() {}
}
