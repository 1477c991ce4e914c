"""The pharmacist's product receipt and release, the bedside two-person check, camera scanning."""
