// DeploymentSpec
