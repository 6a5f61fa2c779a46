from warwire.cli import main

main()
