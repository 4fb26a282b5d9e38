// swift-tools-version: 6.0
import PackageDescription

// One-way dependencies, top to bottom:
//   CLibXML2 → SafeXML → ArticleReading → Attribution → Evaluation → claimledger
// Only SafeXML imports CLibXML2; every other module sees Swift values.
let package = Package(
  name: "ClaimLedger",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimledger", targets: ["claimledger"]),
    .library(name: "ClaimLedger", targets: ["SafeXML", "ArticleReading", "Attribution", "Evaluation"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "SafeXML", dependencies: ["CLibXML2"]),
    .target(name: "ArticleReading", dependencies: ["SafeXML"]),
    .target(name: "Attribution", dependencies: ["ArticleReading"]),
    .target(name: "Evaluation", dependencies: ["Attribution", "ArticleReading"]),
    .executableTarget(
      name: "claimledger",
      dependencies: [
        "ArticleReading", "Attribution", "Evaluation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "claimledger-bench",
      dependencies: ["ArticleReading", "Attribution"]
    ),
    .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML"]),
    .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading"]),
    .testTarget(name: "AttributionTests", dependencies: ["Attribution"]),
    .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
    .testTarget(name: "CommandLineTests", dependencies: ["claimledger"]),
  ],
  swiftLanguageModes: [.v6]
)
